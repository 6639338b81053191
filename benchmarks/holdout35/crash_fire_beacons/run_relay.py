# expect: crash
"""Train the beacon-relay model and log input-gradient saliency after each epoch."""
import torch
import torch.nn.functional as F

from beacon import Engine, Events, RelayNet


def train_step(engine, batch):
    model, opt = engine.state.model, engine.state.optimizer
    model.train()
    x, y = batch
    opt.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(12)
    model = RelayNet()
    data = [(torch.randn(4, 7, 4), torch.randint(0, 2, (4,))) for _ in range(3)]
    probe = torch.randn(2, 7, 4)
    trainer = Engine(train_step, model=model,
                     optimizer=torch.optim.SGD(model.parameters(), lr=0.1))

    @trainer.on(Events.EPOCH_COMPLETED, every=1)
    def log_saliency(engine, every):
        net = engine.state.model
        net.eval()
        x = probe.clone().requires_grad_(True)
        score = net(x).max(dim=1).values.sum()
        score.backward()  # TM001-here
        sal = x.grad.abs().mean(dim=(0, 2))
        print(f"epoch {engine.state.epoch} saliency per hill-top:", [round(v, 3) for v in sal.tolist()])
        net.zero_grad(set_to_none=True)

    @trainer.on(Events.COMPLETED)
    def done(engine):
        print("finished after", engine.state.iteration, "iterations")

    trainer.run(data, max_epochs=2)


if __name__ == "__main__":
    main()
