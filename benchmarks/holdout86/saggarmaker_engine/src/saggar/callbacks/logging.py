class LossPrinter:
    def __init__(self, every=2):
        self.every = every
        self.seen = 0

    def on_batch_end(self, engine, loss):
        self.seen += 1
        if self.seen % self.every == 0:
            print(f"[saggar] step {self.seen} loss {loss:.4f}")
