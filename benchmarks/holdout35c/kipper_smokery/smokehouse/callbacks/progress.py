class ProgressPrinter:
    def __init__(self, every=5):
        self.every = every

    def __call__(self, runner, index, loss):
        if index % self.every == 0:
            print(f"epoch {runner.epoch} batch {index} loss {loss.item():.4f}")
