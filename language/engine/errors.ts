/** A problem with what the user asked for or gave us (missing path, bad flag, unreadable file): exit 2. */
export class InputError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'InputError';
    }
}
