class AverageMeter:
    def __init__(self):
        self.sum, self.count, self.avg = 0.0, 0, 0.0

    def update(self, val, n=1):
        self.sum += val * n
        self.count += n
        self.avg = self.sum / self.count


def accuracy(scores, targets, k):
    _, ind = scores.topk(k, -1, True, True)
    return (ind == targets.unsqueeze(-1)).any(-1).float().mean().item() * 100
