import torch
import torch.nn.functional as F


class SeqPGD:
    """A projected gradient attack in the style of attack libraries: it puts the model in eval mode for its
    steps unless told to keep it training, and gives the caller's mode back after."""

    def __init__(self, model, eps=0.1, alpha=0.04, steps=3):
        self.model = model
        self.eps, self.alpha, self.steps = eps, alpha, steps
        self._model_training = False

    def set_model_training_mode(self, training=True):
        self._model_training = training

    def _change_mode(self):
        given = self.model.training
        if self._model_training:
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
            adv = x + (adv.detach() + self.alpha * grad.sign() - x).clamp(-self.eps, self.eps)
        self.model.train(given)
        return adv.detach()
