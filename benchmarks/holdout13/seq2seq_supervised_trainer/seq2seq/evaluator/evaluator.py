import torch
import torch.nn as nn


class Evaluator:
    def __init__(self, loss=None):
        self.loss = loss or nn.NLLLoss()

    def evaluate(self, model, data):
        model.eval()
        total = 0.0
        with torch.no_grad():
            for src, tgt in data:
                out = model(src, tgt[:, :-1])
                total += float(self.loss(out.flatten(0, 1), tgt[:, 1:].flatten()))
        return total / len(data)
