import torch


class ReinforcementLearning:
    def __init__(self, prior, agent, scoring_function, sigma=120, learning_rate=1e-4):
        self._prior, self._agent = prior, agent
        self._scoring_function, self._sigma = scoring_function, sigma
        for p in self._prior.network.parameters():
            p.requires_grad = False
        self._optimizer = torch.optim.Adam(self._agent.network.parameters(), lr=learning_rate)

    def _loss(self, seqs, score):
        agent_ll = self._agent.likelihood(seqs)
        prior_ll = self._prior.likelihood(seqs)
        augmented = prior_ll + self._sigma * score
        return torch.pow(augmented - agent_ll, 2).mean()

    def step(self, batch_size):
        seqs, smiles = self._agent.sample_sequences_and_smiles(batch_size)
        score = self._scoring_function(smiles)
        loss = self._loss(seqs, score)
        self._optimizer.zero_grad()
        loss.backward()  # TM001-here
        self._optimizer.step()
        return loss.item()
