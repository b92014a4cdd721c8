import Foundation

print("octant")
