class ProgressLine:
    def after_epoch(self, trainer):
        print(f"epoch {trainer.epoch}: train l1 {trainer.metrics['train_l1'][-1]:.4f} "
              f"val mae {trainer.metrics['val_mae'][-1]:.4f}")
