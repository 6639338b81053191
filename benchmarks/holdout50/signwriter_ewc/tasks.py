import torch
import torch.nn.functional as F


def make_style_tasks(names, n, steps, n_letters):
    tasks = {}
    for k, name in enumerate(names):
        g = torch.Generator().manual_seed(100 + k)
        def draw(m):
            y = torch.randint(0, n_letters, (m,), generator=g)
            x = torch.randn(m, steps, 3, generator=g) * (1 + k) * 0.5
            x[..., 1] += y.unsqueeze(1) * 0.3
            return x, y
        tasks[name] = (draw(n), draw(n // 2))
    return tasks


def train_style(model, train_set, penalties, epochs, lr, batch_size=4):
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    x_all, y_all = train_set
    for _ in range(epochs):
        perm = torch.randperm(len(y_all))
        for i in range(0, len(y_all), batch_size):
            idx = perm[i:i + batch_size]
            loss = F.cross_entropy(model(x_all[idx]), y_all[idx])
            for ewc in penalties:
                loss = loss + ewc.penalty(model)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()


@torch.no_grad()
def evaluate(model, test_set):
    was = model.training
    model.eval()
    x, y = test_set
    acc = (model(x).argmax(-1) == y).float().mean().item()
    model.train(was)
    return acc
