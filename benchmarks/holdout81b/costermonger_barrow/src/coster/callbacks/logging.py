class GradPenaltyLogger:
    def __init__(self):
        self.buf = []

    def on_batch_end(self, trainer, module, out):
        self.buf.append(float(out["gp"]))

    def on_epoch_end(self, trainer, module):
        trainer.logged.append(sum(self.buf) / max(len(self.buf), 1))
        self.buf.clear()
