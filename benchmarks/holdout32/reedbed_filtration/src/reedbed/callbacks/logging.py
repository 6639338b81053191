import logging

log = logging.getLogger("reedbed")


class LossLogger:
    def on_epoch_end(self, trainer):
        log.info("epoch %d last loss %.4f", trainer.state["epoch"], trainer.state["last_loss"])
        print(f"epoch {trainer.state['epoch']} loss {trainer.state['last_loss']:.4f}")
