from contextlib import contextmanager

import torch


class AccuracyEvaluator:
    def reset(self):
        self.correct = self.total = 0

    def process(self, targets, outputs):
        self.correct += int((outputs.argmax(-1) == targets).sum())
        self.total += len(targets)

    def evaluate(self):
        return {"acc": self.correct / max(self.total, 1)}


@contextmanager
def inference_context(model):
    """Switch to eval for the block, then put the old flag back."""
    training_mode = model.training
    model.eval()
    yield
    model.training = training_mode


def inference_on_dataset(model, data_loader, evaluator):
    evaluator.reset()
    with inference_context(model), torch.no_grad():
        for inputs, targets in data_loader:
            outputs = model(inputs)
            evaluator.process(targets, outputs)
    return evaluator.evaluate()
