class LossLogger:
    def on_fit_start(self, trainer):
        trainer.model.train()

    def on_epoch_end(self, trainer):
        losses = trainer.state["losses"]
        print(f"epoch {trainer.state['epoch']} loss {sum(losses[-2:]) / 2:.4f}")
