# expect: crash
import torch

from clogshop import SoleWearNet, influence_scores, train_epochs

torch.manual_seed(11)


def data(n):
    out = []
    for _ in range(n):
        x = torch.rand(4, 6, 3)
        out.append((x, x.sum((1, 2)) * 0.1))
    return out


if __name__ == "__main__":
    model = train_epochs(SoleWearNet(), data(4))
    train_points = [(x[i], y[i]) for x, y in data(1) for i in range(4)]
    vx, vy = data(1)[0]
    scores = influence_scores(model, train_points, (vx, vy))
    print("most helpful", max(range(len(scores)), key=scores.__getitem__))
