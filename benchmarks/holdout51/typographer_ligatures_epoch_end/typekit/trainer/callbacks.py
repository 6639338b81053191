import logging

log = logging.getLogger("typekit")


class Callback:
    pass


class LossLogger(Callback):
    def on_train_batch_end(self, trainer, module, batch_idx):
        log.info("step %d loss %.4f", trainer.global_step, trainer.last_loss)


class PreviewCallback(Callback):
    """Shows predicted ligature choices for a fixed sample every few epochs."""

    def __init__(self, every, sample):
        self.every = every
        self.sample = sample

    def on_train_epoch_end(self, trainer, module):
        if (trainer.current_epoch + 1) % self.every == 0:
            preds = trainer.predict(module, self.sample)
            log.info("preview %s", preds.tolist())
