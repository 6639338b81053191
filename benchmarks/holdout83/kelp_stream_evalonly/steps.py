import torch


def make_step(model, opt):
    def step(batch):
        x, y = batch
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    return step


def make_eval(model):
    @torch.no_grad()
    def evaluate(batch):
        x, y = batch
        return torch.nn.functional.mse_loss(model(x), y).item()

    return evaluate
