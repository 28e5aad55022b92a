import * as path from 'node:path';

/**
 * Whether `file` is `folder` itself or lies below it (both absolute paths). Compared as written: links are not
 * followed, so a caller that must not be led outside by a link resolves both first.
 */
export function isInside(file: string, folder: string): boolean {
    const relative = path.relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
