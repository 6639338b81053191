import torch.nn.functional as F


class Hooks:
    def __init__(self):
        self.seen = []

    def on_batch_end(self, i, loss):
        self.seen.append(round(loss, 4))


def make_train_step(model, opt):
    def step(batch):
        x, y = batch
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        return loss.item()

    return step
