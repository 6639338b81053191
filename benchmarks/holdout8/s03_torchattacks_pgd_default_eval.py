# expect: crash
# torchattacks style: Attack.__call__ switches the model to eval by default (set_model_training_mode), then
# PGD takes input gradients through an LSTM sequence classifier.
import torch
import torch.nn as nn


class Attack:
    def __init__(self, name, model):
        self.attack = name
        self.model = model
        self._model_training = False
        self._batchnorm_training = False
        self._dropout_training = False

    def get_logits(self, inputs, labels=None, *args, **kwargs):
        return self.model(inputs)

    def set_model_training_mode(self, model_training=False, batchnorm_training=False, dropout_training=False):
        self._model_training = model_training
        self._batchnorm_training = batchnorm_training
        self._dropout_training = dropout_training

    def _change_model_mode(self, given_training):
        if self._model_training:
            self.model.train()
            for _, m in self.model.named_modules():
                if not self._batchnorm_training and "BatchNorm" in m.__class__.__name__:
                    m.eval()
                if not self._dropout_training and "Dropout" in m.__class__.__name__:
                    m.eval()
        else:
            self.model.eval()

    def _set_given_mode(self, given_training):
        if given_training:
            self.model.train()

    def forward(self, inputs, labels):
        raise NotImplementedError

    def __call__(self, inputs, labels):
        given_training = self.model.training
        self._change_model_mode(given_training)
        try:
            return self.forward(inputs, labels)
        finally:
            self._set_given_mode(given_training)


class PGD(Attack):
    def __init__(self, model, eps=0.3, alpha=0.05, steps=3):
        super().__init__("PGD", model)
        self.eps, self.alpha, self.steps = eps, alpha, steps

    def forward(self, inputs, labels):
        loss_fn = nn.CrossEntropyLoss()
        adv = inputs.clone().detach() + torch.empty_like(inputs).uniform_(-self.eps, self.eps)
        for _ in range(self.steps):
            adv.requires_grad = True
            cost = loss_fn(self.get_logits(adv), labels)
            grad = torch.autograd.grad(cost, adv, retain_graph=False, create_graph=False)[0]  # TM001-here
            adv = adv.detach() + self.alpha * grad.sign()
            adv = (inputs + (adv - inputs).clamp(-self.eps, self.eps)).detach()
        return adv


class ECGClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 16, batch_first=True, num_layers=2)
        self.fc = nn.Linear(16, 4)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    model = ECGClassifier()
    x, y = torch.randn(6, 20, 1), torch.randint(0, 4, (6,))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    atk = PGD(model, eps=0.1)
    x_adv = atk(x, y)
    print("robust acc", (model(x_adv).argmax(-1) == y).float().mean().item())
