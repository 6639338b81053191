class ModeSwitch:
    def on_batch_start(self, loop):
        loop.model.train()


class LossPrinter:
    def on_epoch_end(self, loop):
        print(f"epoch {loop.epoch} last loss {loop.last_loss:.4f}")
