import torch

from composer_lite.trainer import Algorithm, Event
from utils import eval_mode


class GradientClipping(Algorithm):
    def __init__(self, clip_norm):
        self.clip_norm = clip_norm

    def match(self, event, state):
        return event == Event.AFTER_BACKWARD

    def apply(self, event, state, logger=None):
        torch.nn.utils.clip_grad_norm_(state.model.parameters(), self.clip_norm)


class EvalAtEpochEnd(Algorithm):
    def __init__(self, dataloader):
        self.dataloader = dataloader

    def match(self, event, state):
        return event == Event.EPOCH_END

    def apply(self, event, state, logger=None):
        correct = total = 0
        with eval_mode(state.model), torch.no_grad():
            for batch in self.dataloader:
                pred = state.model(batch).argmax(-1)
                correct += (pred == batch[1]).sum().item()
                total += len(pred)
        state.metrics.setdefault("acc", []).append(correct / total)
