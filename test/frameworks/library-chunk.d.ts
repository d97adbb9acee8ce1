export declare const libraryChunk: { groups: Array<{ name: string; priority: number; test: (id: string) => boolean }> };
