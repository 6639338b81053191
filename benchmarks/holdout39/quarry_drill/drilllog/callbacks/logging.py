class LossPrinter:
    def __init__(self, every):
        self.every = every

    def on_epoch_end(self, engine):
        if engine.epoch % self.every == 0:
            print("epoch", engine.epoch, "loss", round(engine.last_loss, 4))
