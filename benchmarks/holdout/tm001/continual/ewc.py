"""Elastic Weight Consolidation (Kirkpatrick et al. 2017), the common GitHub implementation."""
import copy

import torch
import torch.nn.functional as F


class EWC:
    def __init__(self, model, dataset):
        self.model = model
        self.dataset = dataset
        self.params = {n: p for n, p in self.model.named_parameters() if p.requires_grad}
        self._means = {n: p.detach().clone() for n, p in self.params.items()}
        self._precision_matrices = self._diag_fisher()

    def _diag_fisher(self):
        precision = {n: torch.zeros_like(p) for n, p in copy.deepcopy(self.params).items()}
        self.model.eval()
        for x in self.dataset:
            self.model.zero_grad()
            output = self.model(x.unsqueeze(0)).view(1, -1)
            label = output.max(1)[1].view(-1)
            loss = F.nll_loss(F.log_softmax(output, dim=1), label)
            loss.backward()
            for n, p in self.model.named_parameters():
                precision[n].data += p.grad.data ** 2 / len(self.dataset)
        return precision

    def penalty(self, model):
        loss = 0
        for n, p in model.named_parameters():
            loss = loss + (self._precision_matrices[n] * (p - self._means[n]) ** 2).sum()
        return loss


class OnlineEWC(EWC):
    """Fisher from the empirical gradients of the training batches, in training mode."""

    def _diag_fisher(self):
        precision = {n: torch.zeros_like(p) for n, p in self.params.items()}
        was_training = self.model.training
        self.model.train()
        for x in self.dataset:
            self.model.zero_grad()
            logp = F.log_softmax(self.model(x.unsqueeze(0)), dim=1)
            F.nll_loss(logp, logp.argmax(1)).backward()
            for n, p in self.params.items():
                precision[n] += p.grad.detach() ** 2 / len(self.dataset)
        self.model.train(was_training)
        return precision
