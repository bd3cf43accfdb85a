// React is loaded in its development or production build depending on NODE_ENV at first import,
// so the mode is settled here, before anything imports React (through React Router).
process.env.NODE_ENV ??= process.argv.includes("--dev") ? "development" : "production";

await import("./serve");

export {};
