import torch
import torch.nn.functional as F


def validate(model, graphs):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        correct = sum(int(model(g).argmax() == g["y"]) for g in graphs)
    model.train(was_training)
    return correct / len(graphs)


class Runner:
    def __init__(self, model, lr, eval_every):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.eval_every = eval_every

    def run(self, train_graphs, val_graphs, epochs=2):
        self.model.train()
        for ep in range(epochs):
            for i, g in enumerate(train_graphs):
                loss = F.cross_entropy(self.model(g).unsqueeze(0), g["y"].unsqueeze(0))
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                if (i + 1) % self.eval_every == 0:
                    print(f"ep {ep} step {i} val acc {validate(self.model, val_graphs):.2f}")
