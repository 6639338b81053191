import torch
import torch.nn.functional as F


class SeqPGD:
    """Projected gradient attack on input sequences, in the style of attack libraries."""

    def __init__(self, model, eps=0.1, alpha=0.04, steps=3):
        self.model = model
        self.eps, self.alpha, self.steps = eps, alpha, steps
        self._attack_mode_train = False
        self.model.eval()

    def set_model_training_mode(self, training=True):
        self._attack_mode_train = training

    def _change_mode(self):
        given = self.model.training
        if self._attack_mode_train:
            self.model.train()
        else:
            self.model.eval()
        return given

    def __call__(self, x, y):
        given = self._change_mode()
        adv = x.clone().detach() + torch.empty_like(x).uniform_(-self.eps, self.eps)
        for _ in range(self.steps):
            adv.requires_grad_(True)
            loss = F.cross_entropy(self.model(adv), y)
            grad, = torch.autograd.grad(loss, adv)
            adv = adv.detach() + self.alpha * grad.sign()
            adv = x + (adv - x).clamp(-self.eps, self.eps)
        self.model.train(given)
        return adv.detach()
