# expect: crash
"""Semi-amortised inference (SA-VAE style): a meta-optimizer holds the model and a loss closure that the
training script built (it captures the criterion and a weight). evaluate() puts the model in eval mode and then
asks the meta-optimizer to refine the posterior, which calls the closure on the model it holds and
differentiates it: the decoder's LSTM ran in eval mode under that gradient."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 8, batch_first=True)
        self.out = nn.Linear(8, 6)

    def decode(self, sents, z):
        return self.out(self.rnn(sents + z.unsqueeze(1))[0])


class PosteriorRefiner:
    def __init__(self, loss_fn, model, steps=2):
        self.loss_fn = loss_fn
        self.model = model
        self.steps = steps

    def refine(self, params, sents):
        for _ in range(self.steps):
            loss = self.loss_fn(params, sents, self.model)
            grads = torch.autograd.grad(loss, params)  # TM001-here
            params = [(p - 0.1 * g).detach().requires_grad_() for p, g in zip(params, grads)]
        return params


def evaluate(model, refiner, batches):
    model.eval()
    total = 0.0
    for sents in batches:
        mean = torch.zeros(sents.size(0), 6, requires_grad=True)
        logvar = torch.zeros(sents.size(0), 6, requires_grad=True)
        mean, logvar = refiner.refine([mean, logvar], sents)
        total += float(mean.pow(2).sum() + logvar.exp().sum())
    model.train()
    return total


def main():
    model = Decoder()
    criterion = nn.MSELoss()
    beta = 0.5

    def variational_loss(params, sents, model):
        mean, logvar = params
        recon = model.decode(sents, mean + torch.randn_like(mean) * logvar.mul(0.5).exp())
        kl = -0.5 * (1 + logvar - mean.pow(2) - logvar.exp()).sum()
        return criterion(recon, sents) + beta * kl

    refiner = PosteriorRefiner(variational_loss, model)
    batches = [torch.randn(3, 5, 6) for _ in range(2)]
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(2):
        for sents in batches:
            mean, logvar = refiner.refine([torch.zeros(3, 6, requires_grad=True),
                                           torch.zeros(3, 6, requires_grad=True)], sents)
            loss = variational_loss([mean, logvar], sents, model)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(epoch, evaluate(model, refiner, batches))


if __name__ == "__main__":
    main()
