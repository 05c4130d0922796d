// A time limit shared by every step of one extraction.

export class DeadlineExceededError extends Error {
  constructor() {
    super("Extraction time limit exceeded");
    this.name = "DeadlineExceededError";
  }
}

export class Deadline {
  private readonly at: number;

  constructor(timeoutMs: number) {
    this.at = performance.now() + timeoutMs;
  }

  get remainingMs(): number {
    return Math.max(0, this.at - performance.now());
  }

  /** Throws once the time is up; called between units of work (pages). */
  check(): void {
    if (this.remainingMs <= 0) throw new DeadlineExceededError();
  }

  /**
   * Settles with the promise, or rejects when the time runs out first. The work behind the
   * promise is not stopped by this: the caller must cancel it (e.g. destroy the PDF).
   */
  race<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DeadlineExceededError()), this.remainingMs);
    });
    return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
  }
}
