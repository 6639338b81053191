import torch


class GreedyPredictor:
    """Marks the model as not training (the wrapper flag only) and decodes best paths."""

    blank = 0

    def __init__(self, model):
        self.model = model
        self.model.training = False

    def __call__(self, images):
        with torch.no_grad():
            best = self.model(images).argmax(-1).T
        texts = []
        for row in best.tolist():
            out, prev = [], None
            for c in row:
                if c != prev and c != self.blank:
                    out.append(c)
                prev = c
            texts.append(out)
        return texts
