# expect: crash
"""Adversarial Robustness Toolbox style: PyTorchClassifier(model) wraps a trained LSTM intent classifier; an FGSM
attack asks for loss_gradient(x, y, training_mode=False), which puts the wrapped model in eval first."""
import torch
import torch.nn as nn


class PyTorchClassifier:
    def __init__(self, model, loss, input_shape, nb_classes, clip_values=None):
        self._model = model
        self._loss = loss
        self.input_shape = input_shape
        self.nb_classes = nb_classes
        self.clip_values = clip_values

    @property
    def model(self):
        return self._model

    def predict(self, x, batch_size=4, training_mode=False):
        self._model.train(mode=training_mode)
        with torch.no_grad():
            return torch.cat([self._model(x[i:i + batch_size]) for i in range(0, len(x), batch_size)])

    def loss_gradient(self, x, y, training_mode=False, **kwargs):
        self._model.train(mode=training_mode)
        x_grad = x.clone().detach().requires_grad_(True)
        loss = self._loss(self._model(x_grad), y)
        self._model.zero_grad()
        loss.backward()  # TM001-here
        return x_grad.grad


class FastGradientMethod:
    def __init__(self, estimator, eps=0.1):
        self.estimator = estimator
        self.eps = eps

    def generate(self, x, y):
        grad = self.estimator.loss_gradient(x, y)
        return x + self.eps * grad.sign()


class IntentLSTM(nn.Module):
    def __init__(self, feat=6, hidden=10, n_intents=4):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, n_intents)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    net = IntentLSTM()
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    x, y = torch.randn(12, 7, 6), torch.randint(0, 4, (12,))
    for _ in range(4):
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    classifier = PyTorchClassifier(model=net, loss=nn.CrossEntropyLoss(), input_shape=(7, 6), nb_classes=4)
    clean_acc = (classifier.predict(x).argmax(1) == y).float().mean()
    x_adv = FastGradientMethod(classifier, eps=0.2).generate(x, y)
    adv_acc = (classifier.predict(x_adv).argmax(1) == y).float().mean()
    print(float(clean_acc), float(adv_acc))
