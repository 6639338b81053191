from .loop import Trainer


class RotaTrainer(Trainer):
    """Adds a shoeing-rota summary after each validation pass."""

    def on_validation_end(self, val_loss):
        super().on_validation_end(val_loss)
        days = max(0, int(42 - val_loss))
        print(f"epoch {self.epoch}: val {val_loss:.3f} -> next rota window ~{days} days")
