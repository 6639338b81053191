class LossLogger:
    def __init__(self):
        self.losses = []

    def on_batch_end(self, trainer):
        self.losses.append(float(trainer.state["loss"]))

    def on_fit_end(self, trainer):
        print("mean loss", sum(self.losses) / len(self.losses))
