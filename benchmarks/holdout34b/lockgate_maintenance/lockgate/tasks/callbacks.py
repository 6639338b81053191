import copy
import logging

log = logging.getLogger("lockgate")


class PrintCallback:
    def on_fit_begin(self, state):
        log.info("fine-tuning; model.training=%s", state.model.training)

    def on_epoch_end(self, state):
        log.info("epoch %d train %.4f valid %.4f", state.epoch, state.train_loss, state.valid_loss)


class CheckpointCallback:
    def __init__(self):
        self.best = None

    def on_epoch_end(self, state):
        if self.best is None or state.valid_loss < self.best[0]:
            self.best = (state.valid_loss, copy.deepcopy(state.model.state_dict()))
