from .swarm import SwarmNet
