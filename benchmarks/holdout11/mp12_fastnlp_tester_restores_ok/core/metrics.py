class AccuracyMetric:
    def __init__(self, pred="pred", target="target"):
        self.pred, self.target = pred, target
        self.reset()

    def reset(self):
        self.correct, self.total = 0, 0

    def evaluate(self, pred_dict, target_dict):
        p, t = pred_dict[self.pred].argmax(-1), target_dict[self.target]
        self.correct += (p == t).sum().item()
        self.total += t.numel()

    def get_metric(self):
        acc = self.correct / max(self.total, 1)
        self.reset()
        return {"acc": round(acc, 4)}
