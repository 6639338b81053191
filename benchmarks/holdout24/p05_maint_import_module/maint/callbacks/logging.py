class PrintLoss:
    def on_validation_end(self, model, epoch, val_loss):
        print(f"epoch {epoch} val {val_loss:.4f}")
