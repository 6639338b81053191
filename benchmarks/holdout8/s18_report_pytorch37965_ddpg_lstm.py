# expect: crash
# Rebuilt from pytorch/pytorch#37965 ("Pytorch 1.4 cudnn backward issue", DDPG with an LSTM): learn() puts
# target_actor, target_critic AND critic in eval, computes critic_value, and only then calls
# self.critic.train() before critic_loss.backward(). The flag was read at forward time.
import torch as T
import torch.nn as nn
import torch.nn.functional as F


class CriticNetwork(nn.Module):
    def __init__(self, obs_dim=6, n_actions=2, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.action_value = nn.Linear(n_actions, hidden)
        self.q = nn.Linear(hidden, 1)
        self.optimizer = T.optim.Adam(self.parameters(), lr=1e-3)

    def forward(self, state, action):
        h = self.lstm(state)[0][:, -1]
        return self.q(F.relu(h + self.action_value(action)))


class ActorNetwork(nn.Module):
    def __init__(self, obs_dim=6, n_actions=2, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, n_actions)
        self.optimizer = T.optim.Adam(self.parameters(), lr=1e-4)

    def forward(self, state):
        return T.tanh(self.mu(self.lstm(state)[0][:, -1]))


class ReplayBuffer:
    def __init__(self, size, obs_shape, n_actions):
        self.mem_cntr = 0
        self.state = T.randn(size, *obs_shape)
        self.new_state = T.randn(size, *obs_shape)
        self.action = T.randn(size, n_actions)
        self.reward = T.randn(size)
        self.done = T.ones(size)

    def sample_buffer(self, batch_size):
        idx = T.randint(0, len(self.reward), (batch_size,))
        return self.state[idx], self.action[idx], self.reward[idx], self.new_state[idx], self.done[idx]


class Agent:
    def __init__(self, gamma=0.99, batch_size=4):
        self.gamma, self.batch_size = gamma, batch_size
        self.memory = ReplayBuffer(32, (5, 6), 2)
        self.memory.mem_cntr = 32
        self.actor, self.critic = ActorNetwork(), CriticNetwork()
        self.target_actor, self.target_critic = ActorNetwork(), CriticNetwork()

    def learn(self):
        if self.memory.mem_cntr < self.batch_size:
            return
        state, action, reward, new_state, done = self.memory.sample_buffer(self.batch_size)
        self.target_actor.eval()
        self.target_critic.eval()
        self.critic.eval()
        target_actions = self.target_actor.forward(new_state)
        critic_value_ = self.target_critic.forward(new_state, target_actions)
        critic_value = self.critic.forward(state, action)
        target = [reward[j] + self.gamma * critic_value_[j] * done[j] for j in range(self.batch_size)]
        target = T.tensor(target).view(self.batch_size, 1)

        self.critic.train()
        self.critic.optimizer.zero_grad()
        critic_loss = F.mse_loss(target, critic_value)
        critic_loss.backward()  # TM001-here
        self.critic.optimizer.step()

        self.critic.eval()
        self.actor.optimizer.zero_grad()
        mu = self.actor.forward(state)
        self.actor.train()
        actor_loss = -self.critic.forward(state, mu).mean()
        actor_loss.backward()
        self.actor.optimizer.step()


if __name__ == "__main__":
    T.manual_seed(0)
    agent = Agent()
    for _ in range(2):
        agent.learn()
    print("learned")
