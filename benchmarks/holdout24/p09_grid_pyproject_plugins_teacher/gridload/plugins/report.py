class Report:
    def on_fit_start(self, trainer, data):
        print("fitting on", len(data), "batches")

    def on_epoch_end(self, trainer, epoch, loss):
        print(f"epoch {epoch} loss {loss:.4f}")
