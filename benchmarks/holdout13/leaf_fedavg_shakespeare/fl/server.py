import copy
import random

import torch


class Server:
    def __init__(self, client_model):
        self.model = client_model
        self.selected_clients, self.updates = [], []

    def select_clients(self, my_round, possible_clients, num_clients=2):
        random.seed(my_round)
        self.selected_clients = random.sample(possible_clients, num_clients)

    def train_model(self, num_epochs=1, lr=0.1):
        for c in self.selected_clients:
            c.model = copy.deepcopy(self.model)
            self.updates.append(c.train(num_epochs, lr))

    def update_model(self):
        total = sum(n for n, _ in self.updates)
        avg = {k: sum(n * sd[k].float() for n, sd in self.updates) / total for k in self.updates[0][1]}
        self.model.load_state_dict(avg)
        self.updates = []

    def evaluate(self, clients):
        self.model.eval()
        accs = []
        for c in clients:
            c.model = self.model
            accs.append(c.test())
        return sum(accs) / len(accs)
