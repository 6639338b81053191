# expect: crash
"""Ochre-pit layer classifier, trained with a small event-driven engine."""
import torch
import torch.nn.functional as F

from ochre import Engine, Events, PigmentLSTM, handlers


def make_cores(n=12, depth=7):
    x = torch.rand(n, depth, 3)
    y = (x[:, :, 0] - x[:, :, 2]).mean(1).mul(3).clamp(-1, 1).add(1).round().long()
    return [(x[i:i + 4], y[i:i + 4]) for i in range(0, n, 4)]


def main():
    torch.manual_seed(4)
    model = PigmentLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)

    def step(engine, batch):
        model.train()
        x, y = batch
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    trainer = Engine(step)
    trainer.on(Events.ITERATION_COMPLETED, every=3)(handlers.log_loss)

    @trainer.on(Events.EPOCH_COMPLETED)
    def report_depths(engine):
        x, _ = engine.state.data[0]
        sal = handlers.depth_saliency(model, x[0])
        print(f"epoch {engine.state.epoch}: most informative depth {int(sal.argmax())}")

    trainer.run(make_cores(), max_epochs=2)


if __name__ == "__main__":
    main()
