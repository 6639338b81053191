class EpochPrinter:
    def on_epoch_end(self, trainer):
        print(f"epoch {trainer.epoch} loss {trainer.epoch_loss:.4f}")
