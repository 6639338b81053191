class LossPrinter:
    def on_epoch_end(self, trainer, module):
        tl = trainer.logs["train_loss"][-1]
        va = trainer.logs["val_acc"][-1]
        print(f"epoch {trainer.epoch}: train_loss={tl:.4f} val_acc={va:.3f}")
