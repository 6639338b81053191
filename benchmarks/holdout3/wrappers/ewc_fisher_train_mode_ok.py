# expect: clean
# category: wrappers
"""EWC continual learning over two tasks: Fisher estimated in train mode (the plugin switches), evaluation afterwards."""
import torch
from torch import nn

torch.manual_seed(25)


class SeqNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.GRU(3, 12, batch_first=True)
        self.classifier = nn.Linear(12, 2)

    def forward(self, x):
        out, _ = self.features(x)
        return self.classifier(out[:, -1])


class EWCPlugin:
    def __init__(self, ewc_lambda=50.0):
        self.ewc_lambda = ewc_lambda
        self.saved_params, self.importances = {}, {}

    def penalty(self, model):
        loss = 0.0
        for name, p in model.named_parameters():
            if name in self.importances:
                loss = loss + (self.importances[name] * (p - self.saved_params[name]) ** 2).sum()
        return self.ewc_lambda * loss

    def after_training_exp(self, model, dataset):
        # importances are gradients of the training loss: compute them in training mode
        model.train()
        importances = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
        for x, y in dataset:
            model.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()
            for n, p in model.named_parameters():
                importances[n] += p.grad.detach() ** 2 / len(dataset)
        self.importances = importances
        self.saved_params = {n: p.detach().clone() for n, p in model.named_parameters()}


def make_task(shift):
    return [(torch.randn(4, 6, 3) + shift, torch.randint(0, 2, (4,))) for _ in range(3)]


def eval_stream(model, tasks):
    model.eval()
    with torch.no_grad():
        return [sum((model(x).argmax(1) == y).float().mean().item() for x, y in t) / len(t) for t in tasks]


model, ewc = SeqNet(), EWCPlugin()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
tasks = [make_task(0.0), make_task(1.0)]
for i, task in enumerate(tasks):
    model.train()
    for x, y in task:
        opt.zero_grad()
        (nn.functional.cross_entropy(model(x), y) + ewc.penalty(model)).backward()
        opt.step()
    print(f"after experience {i}: accuracies {eval_stream(model, tasks[:i + 1])}")
    ewc.after_training_exp(model, task)
