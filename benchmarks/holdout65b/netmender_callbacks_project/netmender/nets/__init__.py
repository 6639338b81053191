from netmender.nets.mesh import MeshGRU
