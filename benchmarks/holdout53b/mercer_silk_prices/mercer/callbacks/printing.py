class LossPrinter:
    def on_epoch_end(self, trainer, epoch, loss):
        print(f"epoch {epoch} loss {loss:.4f}")
