# expect: clean
"""Train the lameness grader; a handler scores the held-out visits every few iterations."""
import torch
import torch.nn.functional as F

from hoofkit import Events, Runner, build_net

torch.manual_seed(3)
CFG = {"channels": 3, "hidden": 8, "n_grades": 4, "lr": 5e-3, "eval_every": 2}


def fake_visits(n, batch=4, strides=10):
    return [(torch.randn(batch, strides, CFG["channels"]), torch.randint(0, CFG["n_grades"], (batch,)))
            for _ in range(n)]


def update(engine, batch):
    model, opt = engine.state.model, engine.state.optimizer
    x, y = batch
    opt.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


net = build_net(CFG)
runner = Runner(update, model=net, optimizer=torch.optim.SGD(net.parameters(), lr=CFG["lr"]))
held_out = fake_visits(2)


@runner.on(Events.ITERATION_COMPLETED, every=CFG["eval_every"])
def score_held_out(engine):
    model = engine.state.model
    was_training = model.training
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for x, y in held_out:
            correct += (model(x).argmax(-1) == y).sum().item()
            total += y.numel()
    model.train(was_training)
    engine.state.metrics["acc"] = correct / total


@runner.on(Events.EPOCH_COMPLETED)
def log_epoch(engine):
    print(f"epoch {engine.state.epoch} loss {engine.state.output:.3f} acc {engine.state.metrics.get('acc', 0):.2f}")


if __name__ == "__main__":
    runner.run(fake_visits(5), max_epochs=2)
