class Accuracy:
    def __init__(self):
        self.correct = 0
        self.total = 0

    def add_batch(self, predictions, references):
        self.correct += (predictions == references).sum().item()
        self.total += references.numel()

    def compute(self):
        acc = self.correct / max(1, self.total)
        self.correct = self.total = 0
        return {"accuracy": acc}


def load(task_name):
    return Accuracy()
