# expect: clean
"""ART-style adversarial training of a GRU: the trainer asks the estimator for gradients with
training_mode=True, predictions use training_mode=False under no_grad."""
import torch
import torch.nn as nn


class Estimator:
    def __init__(self, model, loss, optimizer):
        self.model, self.loss, self.optimizer = model, loss, optimizer

    def predict(self, x, training_mode=False):
        self.model.train(mode=training_mode)
        with torch.no_grad():
            return self.model(x)

    def loss_gradient(self, x, y, training_mode=False):
        self.model.train(mode=training_mode)
        x = x.clone().requires_grad_(True)
        self.loss(self.model(x), y).backward()
        return x.grad

    def fit(self, x, y, training_mode=True):
        self.model.train(mode=training_mode)
        loss = self.loss(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()


class ProjectedGradientDescent:
    def __init__(self, estimator, eps, eps_step, max_iter, **kwargs):
        self.estimator, self.eps, self.eps_step, self.max_iter = estimator, eps, eps_step, max_iter
        self.attack_kwargs = kwargs

    def generate(self, x, y):
        adv = x.clone()
        for _ in range(self.max_iter):
            g = self.estimator.loss_gradient(adv, y, **self.attack_kwargs)
            adv = torch.max(torch.min(adv + self.eps_step * g.sign(), x + self.eps), x - self.eps)
        return adv


class AdversarialTrainerMadryPGD:
    def __init__(self, classifier, nb_epochs, eps=0.1):
        self.classifier = classifier
        self.nb_epochs = nb_epochs
        self.attack = ProjectedGradientDescent(classifier, eps=eps, eps_step=eps / 2, max_iter=2,
                                               training_mode=True)

    def fit(self, x, y):
        for _ in range(self.nb_epochs):
            x_adv = self.attack.generate(x, y)
            self.classifier.fit(x_adv, y)
            acc = (self.classifier.predict(x).argmax(1) == y).float().mean()
        return float(acc)


class GRUNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    net = GRUNet()
    est = Estimator(net, nn.CrossEntropyLoss(), torch.optim.SGD(net.parameters(), lr=0.1))
    x, y = torch.randn(10, 6, 4), torch.randint(0, 3, (10,))
    print(AdversarialTrainerMadryPGD(est, nb_epochs=3).fit(x, y))
